import { mergeMessages, type Messages } from './merge.ts';

export default mergeMessages(import.meta.glob<Messages>('../../messages/de/*.json', { eager: true, import: 'default' }));
