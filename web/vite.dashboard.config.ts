import { defineConfig } from 'vite';
import { pageConfig } from './vite.shared.ts';

export default defineConfig(pageConfig('dashboard', '/dashboard/'));
