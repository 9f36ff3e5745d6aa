// One file per area keeps each component's strings with their owners; this file joins them.
import { badge } from './badge.js';
import { common } from './common.js';
import { consent } from './consent.js';
import { dialog } from './dialog.js';
import { family } from './family.js';
import { form } from './form.js';
import { picker } from './picker.js';

export const messages = {
  ...common,
  ...picker,
  ...form,
  ...consent,
  ...dialog,
  ...badge,
  ...family,
};
