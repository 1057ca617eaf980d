import accessibility from './accessibility.json';
import account from './account.json';
import admin from './admin.json';
import adminEmails from './adminEmails.json';
import articles from './articles.json';
import auth from './auth.json';
import common from './common.json';
import council from './council.json';
import email from './email.json';
import followupEditor from './followupEditor.json';
import followups from './followups.json';
import home from './home.json';
import about from './about.json';
import mailbox from './mailbox.json';
import meetings from './meetings.json';
import portal from './portal.json';
import privacy from './privacy.json';
import registration from './registration.json';
import themes from './themes.json';
import validation from './validation.json';

const messages = {
  accessibility,
  account,
  admin,
  adminEmails,
  articles,
  auth,
  common,
  council,
  email,
  followupEditor,
  followups,
  home,
  about,
  mailbox,
  meetings,
  portal,
  privacy,
  registration,
  themes,
  validation,
};

export default messages;
