import { renderPage } from '../../utils/i18n/render-page';
import { ExportApp } from './export-app';

renderPage(<ExportApp />, document.getElementById('app')!);
