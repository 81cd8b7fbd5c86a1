// The overview's views below a phone's first screen, in one chunk: they come near one after the other,
// and one file costs fewer bytes than three (each chunk names what it takes from the start's script).
export { default as RadarView } from './radar/RadarView.svelte';
export { default as WerftView } from './werft/WerftView.svelte';
export { default as MapView } from './map/MapView.svelte';
export { prepareMap } from '../lib/layout/prepareBelow.ts';
