import '../../components/card.css';
import '../../components/search.css';
import './popup.css';
import { render } from 'preact';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
