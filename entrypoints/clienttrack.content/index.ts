import { CLIENTTRACK_HOSTS } from '@/lib/hosts';

export default defineContentScript({
  matches: CLIENTTRACK_HOSTS,
  allFrames: true,
  main() {
    document.documentElement.dataset.ctAssist = 'ready';
  },
});
