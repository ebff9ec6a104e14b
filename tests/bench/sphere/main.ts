/**
 * The benchmark's floor: the least a three.js page can do to show a globe. One WebGLRenderer (antialias, the
 * device's pixel ratio, like the app's) on a full-window canvas draws one flat-coloured sphere once; on the next
 * animation frame (the drawn frame has been handed to the compositor by then) it marks
 * performance.mark("globe:coloured") and sets the ready flag, as the app does. Named imports only, so that the
 * build keeps only what it uses of three.js.
 */
import { Color, Mesh, MeshBasicMaterial, PerspectiveCamera, Scene, SphereGeometry, WebGLRenderer } from "three";

const renderer = new WebGLRenderer({ antialias: true });
renderer.setPixelRatio(window.devicePixelRatio);
renderer.setSize(window.innerWidth, window.innerHeight);
renderer.setClearColor(new Color("#eef1f4"));
document.body.append(renderer.domElement);

const scene = new Scene();
scene.add(new Mesh(new SphereGeometry(1, 64, 32), new MeshBasicMaterial({ color: "#6f8fb0" })));
// The app's starting distance: 2.7 globe radii from the centre.
const camera = new PerspectiveCamera(45, window.innerWidth / window.innerHeight, 0.1, 100);
camera.position.set(0, 0, 2.7);

renderer.render(scene, camera);
requestAnimationFrame(() => {
  performance.mark("globe:coloured");
  document.documentElement.dataset.globeReady = "true";
});
