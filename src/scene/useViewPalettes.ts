import { useEffect } from "react";
import type { Scheme } from "../theme";
import type { SceneContext } from "./sceneContext";

/**
 * Palettes: a view whose globe key changed blends to its new palette (a cut for its first, with reduced motion, and
 * with a new colour scheme, whose ocean, lines and halo change in one frame too), and only that view. A view no
 * longer shown gives its textures' GPU memory back (they upload again if it returns). Any change of the screen's key
 * leaves the scene pending until it has drawn it to rest.
 */
export function useViewPalettes(ctx: SceneContext, screenKey: string, reducedMotion: boolean, invalidate: () => void, scheme: Scheme = "light"): void {
  const keys = ctx.views.map((v) => v.key).join("|");
  useEffect(() => {
    const cut = reducedMotion || ctx.paletteScheme !== scheme;
    ctx.paletteScheme = scheme;
    ctx.views.forEach((v, i) => {
      const runtime = ctx.view(i);
      if (runtime.paletteKey === v.key) return;
      runtime.transition.setTarget(v.palette, runtime.paletteKey !== undefined && !cut);
      runtime.paletteKey = v.key;
      ctx.colourMark = true;
    });
    for (let i = ctx.views.length; i < ctx.runtimes.length; i++) {
      ctx.runtimes[i]!.transition.dispose();
      ctx.runtimes[i]!.paletteKey = undefined;
    }
    ctx.pending = true;
    invalidate();
  }, [ctx, keys, screenKey, reducedMotion, invalidate, scheme]);
}
