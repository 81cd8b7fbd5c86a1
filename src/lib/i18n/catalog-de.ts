import { mergeMessages, type Messages } from './merge.ts';

// The German messages of the dashboard, in the main bundle. The areas of catalog-de-later.ts (pages,
// views and modes off the dashboard) are left out here: both lists name the same areas.
export default mergeMessages(
  import.meta.glob<Messages>(
    ['../../messages/de/*.json', '!../../messages/de/{a11y,future,kiosk,present,sources,strategy,transfer,trends}.json'],
    { eager: true, import: 'default' }
  )
);
