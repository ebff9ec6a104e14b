import "./zodConfig";
import "@fontsource/ibm-plex-sans/400.css";
import "@fontsource/ibm-plex-sans/600.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadGeography } from "./data/loadGeography";
import { bundledModelFiles } from "./model/bundledModels";
import { App } from "./ui/App";
import { StartupError } from "./ui/StartupError";
import "./styles.css";

const root = createRoot(document.getElementById("root")!);

loadGeography().then(
  (geography) =>
    root.render(
      <StrictMode>
        <App geography={geography} modelFiles={bundledModelFiles} />
      </StrictMode>,
    ),
  (error: unknown) => root.render(<StartupError error={error} />),
);
