export { useTranslator } from './KinshipProvider.js';
