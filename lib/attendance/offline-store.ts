import type { QueuedMark } from "./offline-queue";

// The phone's queue of marks in IndexedDB (the plain API: one object store keyed by the mark's idempotency
// key), so a mark made without a connection survives a closed tab or a restarted phone. Browser only.

const DB = "balabaqsha-attendance";
const STORE = "marks";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "key" });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function inStore<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export const listMarks = () =>
  inStore<QueuedMark[]>("readonly", (s) => s.getAll() as IDBRequest<QueuedMark[]>);
export const putMark = (m: QueuedMark) => inStore("readwrite", (s) => s.put(m));
export const deleteMark = (key: string) => inStore("readwrite", (s) => s.delete(key));
