// The package's generated JSX types for every element (React, Preact, Solid…).
import type {} from 'cifras/jsx';
