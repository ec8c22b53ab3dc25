import { runStoreComplianceSuite, runWebStoreComplianceSuite } from '../store-compliance.ts';
import { describePostgres, dropSchema, freshSchema, postgresUrl } from '../../../test/postgres/schema.ts';
import { openPostgresStore } from './open-postgres-store.ts';

describePostgres('PostgreSQL', () => {
  runStoreComplianceSuite('postgres', async (options) => {
    const schema = freshSchema();
    const open = () => openPostgresStore({ url: postgresUrl(), schema, ...options });
    const store = await open();
    return {
      store,
      reopen: open,
      cleanup: async () => {
        await store.close();
        await dropSchema(schema);
      },
    };
  });

  runWebStoreComplianceSuite('postgres', async (options) => {
    const schema = freshSchema();
    const store = await openPostgresStore({ url: postgresUrl(), schema, ...options });
    return {
      store,
      openAnother: () => openPostgresStore({ url: postgresUrl(), schema }),
      cleanup: async () => {
        await store.close();
        await dropSchema(schema);
      },
    };
  });
});
