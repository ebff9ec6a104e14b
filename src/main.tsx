import "./zodConfig";
import "@fontsource/ibm-plex-sans/400.css";
import "@fontsource/ibm-plex-sans/600.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadGeography } from "./data/geography";
import { bundledModelFiles } from "./model/bundledModels";
import { App } from "./ui/App";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App geography={loadGeography()} modelFiles={bundledModelFiles} />
  </StrictMode>,
);
