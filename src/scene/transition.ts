/** Length of the colour transition between proposals, in seconds. */
export const TRANSITION_SECONDS = 0.6;
