import { mount } from 'svelte';
import './styles/tokens.css';
import './styles/base.css';
import './styles/print.css';
import App from './App.svelte';

const target = document.getElementById('app')!;
// index.html paints the title while the code arrives; the app's first screen takes its place.
target.replaceChildren();
mount(App, { target });
