import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './styles.css';
import { render } from 'preact';
import { App } from './App';
import { followOtherTabs } from './session';

const root = document.getElementById('app');
if (!root) throw new Error('The page has no #app element.');
document.body.classList.add('js-enabled');
followOtherTabs(window);
render(<App />, root);
