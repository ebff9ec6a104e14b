/**
 * Splits text into lines of at most `max` characters, breaking at spaces (a word longer than `max` gets a line
 * of its own). For text drawn without a browser's line breaking: the diagram's boxes, exported images' notes.
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
