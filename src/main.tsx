import "@fontsource/ibm-plex-sans/400.css";
import "@fontsource/ibm-plex-sans/600.css";
import "@fontsource/ibm-plex-sans/400-italic.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import catalogue from "virtual:globe-models";
import reference from "virtual:globe-reference";
import { loadGeography } from "./data/loadGeography";
import { referenceFromJson } from "./data/referenceJson";
import { shownAsBuilt } from "./model/shownAsBuilt";
import { schemeOf } from "./theme";
import { App } from "./ui/App";
import { applyPageScheme, systemScheme, themeInQuery } from "./ui/pageScheme";
import { StartupError } from "./ui/StartupError";
import "./styles.css";
import "./publish/firstPaint.css";
import { endFirstPaintOnInput } from "./ui/endFirstPaint";

// The page's colours from the start, before the globe has loaded (the app follows the view's theme from then on).
applyPageScheme(schemeOf(themeInQuery(location.search), systemScheme()));
const root = createRoot(document.getElementById("root")!);
endFirstPaintOnInput();

// The build validated models/ when it was made and gives the result (build/preparedModels.ts): the page shows it
// as it is. `npm start` loads and validates the files in the page, and takes each edit without a reload.
const failed = (error: unknown) => root.render(<StartupError error={error} />);
if (import.meta.env.DEV) import("./devApp").then((dev) => dev.startDevApp(root), failed);
else
  loadGeography(referenceFromJson(reference!)).then(
    (geography) =>
      root.render(
        <StrictMode>
          <App geography={geography} models={shownAsBuilt(catalogue!)} />
        </StrictMode>,
      ),
    failed,
  );
