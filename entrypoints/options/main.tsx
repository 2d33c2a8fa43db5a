import { renderPage } from '../../utils/i18n/render-page';
import { OptionsApp } from './options-app';

renderPage(<OptionsApp />, document.getElementById('app')!);
