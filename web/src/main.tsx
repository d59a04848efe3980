import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './styles.css';
import { render } from 'preact';
import { App } from './App';

const root = document.getElementById('app');
if (!root) throw new Error('The page has no #app element.');
document.body.classList.add('js-enabled');
render(<App />, root);
