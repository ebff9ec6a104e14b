import { createContext, useContext } from "react";
import { LIGHT, type Theme } from "../theme";

/**
 * The screen's colours for the parts of the page drawn in HTML and inline SVG (swatches, names, the schematic, the
 * panel's diagram): the App provides its screen's theme. Renderers outside React (exports, the scene) are given it.
 */
const ThemeContext = createContext<Theme>(LIGHT);

export const ThemeProvider = ThemeContext.Provider;

/** The theme of the screen shown. */
export const useTheme = (): Theme => useContext(ThemeContext);
