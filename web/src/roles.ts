export { ROLE_NAMES } from '../../shared/schemas/names';
