import { shortTitle } from "./PhoneBar";

/**
 * A comparison's heading over its globe: the proposal's title, or in a small frame (styles.css) its short form, the
 * title up to its colon ("NATO"), so that the globe keeps its room; screen readers hear the full title.
 */
export function FrameHeading({ heading }: { heading: string }) {
  const short = shortTitle(heading);
  return (
    <h2 className="globe__frame-title" data-keep-out>
      <span className="globe__frame-title-full">{heading}</span>
      {short !== heading && (
        <span className="globe__frame-title-short" aria-hidden="true">
          {short}
        </span>
      )}
    </h2>
  );
}
