// One file per area keeps each component's strings with their owners; this file joins them.
import { badge } from './badge.js';
import { common } from './common.js';
import { dialog } from './dialog.js';

export const messages = {
  ...common,
  ...dialog,
  ...badge,
};
