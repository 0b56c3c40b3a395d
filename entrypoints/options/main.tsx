import '../../components/card.css';
import '../../components/pages.css';
import { render } from 'preact';
import { localiseDocument } from '../shared/i18n';
import { App } from './App';

localiseDocument('optionsTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
