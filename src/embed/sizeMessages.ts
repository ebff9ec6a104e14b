/**
 * The messages in which an embedded globe tells its host page the height it needs, in the three forms host pages
 * listen for: the globe's own `resize` event, Pym.js's child message (pym.v1.js: the parts joined by "xPYMx"),
 * and AMP's `embed-size` request (amp-iframe with `resizable`). They carry a height and nothing else, so they go
 * to any origin ("*"), unlike the globe's other events (eventTargets.ts).
 */

/** Pym.js's separator of a message's parts: "pym", the frame's id, the message's type, its value. */
export const PYM_DELIMITER = "xPYMx";

/** The globe's own event: `{ type: "resize", height }`, in CSS pixels. */
export interface ResizeEvent {
  type: "resize";
  height: number;
}

export const resizeEvent = (height: number): ResizeEvent => ({ type: "resize", height });

/** AMP's request to resize an amp-iframe. */
export const ampEmbedSize = (height: number) => ({ sentinel: "amp", type: "embed-size", height }) as const;

/** Pym.js's child `height` message to the Pym parent that gave the frame the id `childId`. */
export const pymHeight = (childId: string, height: number): string => ["pym", childId, "height", String(height)].join(PYM_DELIMITER);

/** Every message to post for a height: the globe's own, AMP's, and Pym's when the frame has a Pym id. */
export function sizeMessages(height: number, childId: string | undefined): unknown[] {
  const messages: unknown[] = [resizeEvent(height), ampEmbedSize(height)];
  if (childId !== undefined) messages.push(pymHeight(childId, height));
  return messages;
}

/**
 * Reads Pym's parent `width` message for the frame `childId` ("pym" xPYMx id xPYMx "width" xPYMx width, as pym.v1.js
 * `sendWidth` writes it): the width, or null for any other message.
 */
export function readPymWidth(data: unknown, childId: string): number | null {
  if (typeof data !== "string") return null;
  const prefix = ["pym", childId, "width", ""].join(PYM_DELIMITER);
  if (!data.startsWith(prefix)) return null;
  const value = data.slice(prefix.length);
  return /^\d{1,6}$/.test(value) ? Number(value) : null;
}

/** The greatest height read from a `resize` event, in CSS pixels: far beyond any the globe asks for. */
export const MAX_RESIZE = 4000;

/**
 * Reads the globe's `resize` event, as a host page receives it: the height, or null for any other message (not an
 * object with `type: "resize"`, or a height that is not a whole number from 1 to MAX_RESIZE).
 */
export function readResizeEvent(data: unknown): number | null {
  if (typeof data !== "object" || data === null) return null;
  const { type, height } = data as Record<string, unknown>;
  if (type !== "resize" || typeof height !== "number" || !Number.isInteger(height)) return null;
  return height >= 1 && height <= MAX_RESIZE ? height : null;
}
