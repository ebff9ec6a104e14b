import "./zodConfig";
import "@fontsource/ibm-plex-sans/400.css";
import "@fontsource/ibm-plex-sans/600.css";
import "@fontsource/ibm-plex-sans/400-italic.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { Geography } from "./data/geography";
import { loadGeography } from "./data/loadGeography";
import { bundledModelFiles } from "./model/bundledModels";
import { App } from "./ui/App";
import { StartupError } from "./ui/StartupError";
import "./styles.css";

const root = createRoot(document.getElementById("root")!);
let modelFiles = bundledModelFiles;
let geography: Geography | undefined;

function render() {
  if (geography)
    root.render(
      <StrictMode>
        <App geography={geography} modelFiles={modelFiles} />
      </StrictMode>,
    );
}

loadGeography().then(
  (loaded) => {
    geography = loaded;
    render();
  },
  (error: unknown) => root.render(<StartupError error={error} />),
);

// npm start: an edited, added or removed model file reaches the open page without a reload; the app keeps each
// file's last valid version on the globe while an edit is invalid. (Not in the build: import.meta.hot is undefined.)
if (import.meta.hot) {
  import.meta.hot.accept("./model/bundledModels", (next) => {
    if (!next) return;
    modelFiles = (next as unknown as typeof import("./model/bundledModels")).bundledModelFiles;
    render();
  });
}
