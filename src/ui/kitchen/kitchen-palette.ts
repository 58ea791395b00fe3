// Colours and stroke weights of the restaurant drawing. Chef states use the same Okabe–Ito
// colours as the timeline (src/ui/timeline/palette.ts: running green, waiting-for-the-GIL
// orange, sleeping sky blue, blocked vermillion, finished grey) so the two views read alike,
// and every state also has a glyph and a text label, so colour is never the only cue
// (grayscale printouts, colour-blind viewers, washed-out projectors).
//
// The high-contrast variant keeps the hues but moves to pure black ink on white, thicker
// strokes, darker fills behind text and no faint fading, for projection and low vision.

import type { ChefPlace } from './scene-model';

export interface KitchenPalette {
  highContrast: boolean;
  background: string;
  building: string;
  buildingFill: string;
  floorLit: string;
  floorDark: string;
  wall: string;
  ink: string;
  mutedInk: string;
  stroke: number;
  /** Apron colour of a chef in each place. */
  place: Record<ChefPlace, string>;
  /** Text colour to put on the apron colour. */
  onPlace: Record<ChefPlace, string>;
  skin: string;
  hat: string;
  stove: string;
  stoveOff: string;
  flame: readonly [string, string, string];
  ticket: string;
  ticketCooking: string;
  ticketWaiting: string;
  ticketReady: string;
  ice: string;
  iceEdge: string;
  parcel: string;
  parcelTape: string;
  path: string;
  lock: string;
  /** Opacity of finished chefs. */
  doneOpacity: number;
}

// Okabe & Ito (2008), "Color Universal Design".
const OI = {
  black: '#000000',
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;

const STANDARD: KitchenPalette = {
  highContrast: false,
  background: '#FAFAF7',
  building: '#3A3A3A',
  buildingFill: '#EFEDE6',
  floorLit: '#FFF7E6',
  floorDark: '#F4F4F4',
  wall: '#555555',
  ink: '#1A1A1A',
  mutedInk: '#4A4A4A',
  stroke: 2,
  place: { stove: OI.green, queue: OI.orange, away: OI.sky, pantry: OI.vermillion, done: '#BBBBBB', arriving: OI.purple },
  onPlace: { stove: '#FFFFFF', queue: '#000000', away: '#000000', pantry: '#FFFFFF', done: '#000000', arriving: '#000000' },
  skin: '#F2D0A9',
  hat: '#FFFFFF',
  stove: '#5B5B5B',
  stoveOff: '#9A9A9A',
  flame: [OI.vermillion, OI.orange, OI.yellow],
  ticket: '#FFFDF2',
  ticketCooking: OI.green,
  ticketWaiting: OI.orange,
  ticketReady: OI.blue,
  ice: '#D8EEFB',
  iceEdge: OI.sky,
  parcel: '#C9A26B',
  parcelTape: OI.blue,
  path: '#8A8A8A',
  lock: OI.vermillion,
  doneOpacity: 0.45,
};

const HIGH_CONTRAST: KitchenPalette = {
  ...STANDARD,
  highContrast: true,
  background: '#FFFFFF',
  building: '#000000',
  buildingFill: '#FFFFFF',
  floorLit: '#FFF1CC',
  floorDark: '#FFFFFF',
  wall: '#000000',
  ink: '#000000',
  mutedInk: '#000000',
  stroke: 3.5,
  // Darker members of the same hue families where white text sits on them.
  place: { stove: '#007A59', queue: OI.orange, away: OI.sky, pantry: '#B34A00', done: '#DDDDDD', arriving: OI.purple },
  onPlace: { stove: '#FFFFFF', queue: '#000000', away: '#000000', pantry: '#FFFFFF', done: '#000000', arriving: '#000000' },
  stove: '#222222',
  stoveOff: '#777777',
  ticket: '#FFFFFF',
  ticketCooking: '#007A59',
  ticketReady: OI.blue,
  ice: '#BFE3F8',
  iceEdge: OI.blue,
  path: '#000000',
  parcelTape: '#000000',
  // A finished chef stays legible; it is told apart by its dashed outline and tick instead.
  doneOpacity: 0.8,
};

export function kitchenPalette(highContrast: boolean | undefined): KitchenPalette {
  return highContrast === true ? HIGH_CONTRAST : STANDARD;
}
