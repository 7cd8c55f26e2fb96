import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createStudyGraphFetcher, defaultHeaders } from './fetcher';

const defaultQuery = `# StudyGraph: try a query, then press the run button (Ctrl+Enter).
# Signed-in operations need a token: run the login mutation and paste its
# accessToken into the Headers tab below ("Authorization": "Bearer <token>").
query Providers {
  providers {
    id
    slug
    name
  }
}
`;

const fetcher = createStudyGraphFetcher(window.location);
const container = document.getElementById('graphiql');
if (!container) throw new Error('#graphiql is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={defaultQuery}
      defaultHeaders={defaultHeaders}
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
      defaultEditorToolsVisibility="headers"
    />
  </StrictMode>,
);
