import '../../components/card.css';
import '../../components/search.css';
import '../../components/pages.css';
import { render } from 'preact';
import { localiseDocument } from '../shared/i18n';
import { App } from './App';

localiseDocument('storyTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
