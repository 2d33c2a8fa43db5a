import { render } from 'preact';
import { ExportApp } from './export-app';

render(<ExportApp />, document.getElementById('app')!);
