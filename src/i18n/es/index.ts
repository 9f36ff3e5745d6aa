// One file per area keeps each component's strings with their owners; this file joins them.
import { common } from './common.js';

export const messages = {
  ...common,
};
