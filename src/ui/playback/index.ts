// The page's one player, over the page's one store (used by the playback controls and by
// window.kitchen).
import { store } from '../store/index.ts';
import { createPlayer } from './player.ts';

export const player = createPlayer(store);
