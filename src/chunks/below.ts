// The overview's views below a phone's first screen, in one chunk: they come near one after the other,
// and one file costs fewer bytes than three (each chunk names what it takes from the start's script).
// The map's head start travels with it (registry.ts runs it once the chunk is here).
export { default as RadarView } from '../views/radar/RadarView.svelte';
export { default as WerftView } from '../views/werft/WerftView.svelte';
export { default as MapView } from '../views/map/MapView.svelte';
export { prepareMap } from '../lib/layout/prepareBelow.ts';
