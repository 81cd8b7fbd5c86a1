// The window's size, read only where it is asked for, and again after every resize of the window.
// <svelte:window bind:innerWidth> reads it whenever the component is made, and reading it lays out the
// page, in the middle of building the view; a figure that needs it only in one mode asks only there.
import { createSubscriber } from 'svelte/reactivity';
import { on } from 'svelte/events';

const subscribe = createSubscriber((update) => on(window, 'resize', update));

export function windowSize(): { width: number; height: number } {
  subscribe();
  return { width: window.innerWidth, height: window.innerHeight };
}
