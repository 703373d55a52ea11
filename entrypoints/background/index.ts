import { defineBackground } from '#imports';
import { startBackground } from '@/utils/background/start-background';

export default defineBackground({ type: 'module', main: startBackground });
