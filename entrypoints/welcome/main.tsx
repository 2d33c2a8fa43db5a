import '../../components/theme.css';
import { renderPage } from '../../utils/i18n/render-page';
import { WelcomeApp } from './welcome-app';

renderPage(<WelcomeApp />, document.getElementById('app')!);
