/** DOM elements of a view's labels, by label id; filled by the overlay, moved by the scene each frame. */
export type LabelElements = Map<string, HTMLElement>;
