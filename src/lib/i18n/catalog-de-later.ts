import { mergeMessages, type Messages } from './merge.ts';

// The German messages of what a dashboard visitor does not see first: the accessibility and sources
// pages, the masterplan's own figure views, the kiosk and the presentation. A chunk of its own.
export default mergeMessages(
  import.meta.glob<Messages>('../../messages/de/{a11y,future,kiosk,present,sources,strategy,transfer,trends}.json', { eager: true, import: 'default' })
);
