// Moved to the neutral core module (`../alert.js`): the form, the consent hand-off and the picker
// all word their alerts with it. Re-exported here so older imports keep compiling.
export { type AlertAction, type AlertMessage, alertAction, alertMessages } from '../alert.js';
