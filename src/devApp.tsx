import "./zodConfig";
import { StrictMode } from "react";
import type { Root } from "react-dom/client";
import type { Geography } from "./data/geography";
import { loadGeography } from "./data/loadGeography";
import { loadReference } from "./data/loadReference";
import { bundledModelFiles } from "./model/bundledModels";
import { AppFromFiles } from "./ui/AppFromFiles";

let modelFiles = bundledModelFiles;

/**
 * `npm start`: the app from the files of models/ and data/, validated in the page. An edited, added or removed model file
 * reaches the open page without a reload; the app keeps each file's last valid version on the globe while an edit
 * is invalid, with its messages over the globe.
 */
export async function startDevApp(root: Root): Promise<void> {
  const geography: Geography = await loadGeography(loadReference());
  const render = () =>
    root.render(
      <StrictMode>
        <AppFromFiles geography={geography} modelFiles={modelFiles} />
      </StrictMode>,
    );
  render();
  if (import.meta.hot) {
    import.meta.hot.accept("./model/bundledModels", (next) => {
      if (!next) return;
      modelFiles = (next as unknown as typeof import("./model/bundledModels")).bundledModelFiles;
      render();
    });
  }
}
