import './archive/archive-prefetch';
import '../../components/theme.css';
import { renderPage } from '../../utils/i18n/render-page';
import { PopupApp } from './popup-app';

renderPage(<PopupApp />, document.getElementById('app')!);
