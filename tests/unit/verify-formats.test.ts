import { createHash, createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chainIndex, dayBytes, dayFromFileName, headStatement } from "@/lib/queue/protocol/canonical";
import { hashContent } from "@/lib/queue/protocol/content";
import { headsFeed } from "@/lib/queue/protocol/feed";
import { keyIdOf, signingKeyFromPem } from "@/lib/security/portal-key-material";
import { receiptFileName, receiptFiles, type ReceiptSource } from "@/lib/timesheet/receipt";
import { storedZip } from "@/lib/timesheet/receipt-zip";

// A fixed Ed25519 key (RFC 8032, test 1's secret key) so the expected bytes can be written down.
const PEM =
  "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE KEY-----\n";
const key = signingKeyFromPem(PEM);

describe("a protocol day's canonical bytes (docs/VERIFY.md)", () => {
  it("keys sorted at every level, no whitespace, strings as JSON.stringify writes them, UTF-8", () => {
    const content = {
      version: 1,
      date: "2026-11-23",
      prevHash: null,
      events: [{ z: 'Ә"\n', a: 2023, m: null }],
    };
    const text =
      '{"date":"2026-11-23","events":[{"a":2023,"m":null,"z":"Ә\\"\\n"}],"prevHash":null,"version":1}';
    expect(dayBytes(content).toString("utf8")).toBe(text);
    expect(dayBytes(content).length).toBe(Buffer.byteLength(text, "utf8")); // Ә is two bytes
    // The hash the chain stores is SHA-256 of exactly these bytes.
    expect(hashContent(content)).toBe(createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex"));
  });

  it("a day's file name is a real date", () => {
    expect(dayFromFileName("2026-11-23.json")).toBe("2026-11-23");
    expect(dayFromFileName("2026-02-30.json")).toBeNull();
    expect(dayFromFileName("2026-11-23.JSON")).toBeNull();
    expect(dayFromFileName("../2026-11-23.json")).toBeNull();
  });

  it("the chain's index: oldest first, the head is the newest day; none before the first publication", () => {
    const d = (date: string, h: string, prev: string | null) => ({
      date,
      contentHash: h.repeat(64),
      prevHash: prev && prev.repeat(64),
      eventCount: 1,
      publishedAt: `${date}T13:00:00.000Z`,
    });
    const index = chainIndex([d("2026-11-24", "b", "a"), d("2026-11-23", "a", null)]);
    expect(index.days.map((x) => x.date)).toEqual(["2026-11-23", "2026-11-24"]);
    expect(index.head).toEqual({ date: "2026-11-24", contentHash: "b".repeat(64) });
    expect(chainIndex([]).head).toBeNull();
  });
});

describe("the signed head", () => {
  it("is four lines, each ended by a newline: tag, date, hash, event count", () => {
    const h = { date: "2026-11-23", contentHash: "ab".repeat(32), eventCount: 12 };
    expect(headStatement(h).toString("utf8")).toBe(
      `balabaqsha-protocol-head v1\n2026-11-23\n${"ab".repeat(32)}\n12\n`,
    );
  });

  it("the key id is the first 16 hex digits of SHA-256 of the public key's SPKI DER; the signature is plain Ed25519", () => {
    const pub = createPublicKey(createPrivateKey(PEM));
    const der = pub.export({ type: "spki", format: "der" });
    expect(key.id).toBe(createHash("sha256").update(der).digest("hex").slice(0, 16));
    expect(keyIdOf(pub)).toBe(key.id);
    // RFC 8032 test 1: the signature of the empty message.
    expect(sign(null, Buffer.alloc(0), key.privateKey).toString("hex")).toBe(
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    );
  });

  it("the Atom feed lists every day newest first with its hash, count, key and signature", () => {
    const head = (date: string, n: number) => ({
      date,
      contentHash: String(n).repeat(64),
      prevHash: null,
      eventCount: n,
      publishedAt: `${date}T13:00:00.000Z`,
      keyId: key.id,
      signature: "c2ln",
    });
    const xml = headsFeed({
      base: "https://portal.example",
      locale: "ru",
      title: "A & B",
      keysPath: "/api/portal-keys",
      heads: [head("2026-11-23", 1), head("2026-11-24", 2)],
    });
    expect(xml).toContain("<title>A &amp; B</title>");
    expect(xml).toContain("<updated>2026-11-24T13:00:00.000Z</updated>");
    expect([...xml.matchAll(/<bq:date>([^<]+)<\/bq:date>/g)].map((m) => m[1])).toEqual([
      "2026-11-24",
      "2026-11-23",
    ]);
    expect(xml).toContain('href="https://portal.example/ru/protocol/days/2026-11-24.json"');
    expect(xml).toContain(`<bq:keyId>${key.id}</bq:keyId>`);
    expect(xml).toContain("<bq:signature>c2ln</bq:signature>");
  });
});

describe("the receipt", () => {
  const source: ReceiptSource = {
    confirmation: {
      id: "conf1",
      method: "OTP",
      signedAt: new Date("2026-12-03T06:00:00Z"),
      snapshot: {
        month: 11,
        year: 2026,
        organizationId: "kg1",
        childId: "ch1",
        days: [
          { date: "2026-11-27", status: "ABSENT", reason: "FAMILY" },
          { date: "2026-11-26", status: "PRESENT", reason: null },
        ],
      },
      snapshotHash: "",
      signedXml: null,
      certificateSerial: null,
    },
    timesheetId: "ts1",
    year: 2026,
    month: 11,
    signer: { personId: "p1", name: "Ана Тест" },
    child: { id: "ch1", name: "Бала Тест" },
    organization: { id: "kg1", nameKk: "Балапан", nameRu: "Балапан" },
  };
  const snapshotText =
    '{"childId":"ch1","days":[{"date":"2026-11-26","reason":null,"status":"PRESENT"},{"date":"2026-11-27","reason":"FAMILY","status":"ABSENT"}],"month":11,"organizationId":"kg1","year":2026}';
  source.confirmation.snapshotHash = createHash("sha256").update(snapshotText).digest("hex");
  const signer = { ...key, sign: (b: Buffer) => sign(null, b, key.privateKey) };

  it("by code: receipt.json is canonical, names the key, and receipt.sig is the key's signature over exactly it", () => {
    const files = receiptFiles(source, signer);
    expect(files.map((f) => f.name)).toEqual([
      "receipt.json",
      "receipt.sig",
      "snapshot.json",
      "portal-key.pem",
    ]);
    const [json, sig, snapshot] = files.map((f) => f.bytes) as [Buffer, Buffer, Buffer];
    expect(snapshot.toString("utf8")).toBe(snapshotText); // days in date order, keys sorted
    const text = json.toString("utf8");
    expect(
      text.startsWith(
        `{"certificateSerial":null,"child":{"id":"ch1","name":"Бала Тест"},"confirmationId":"conf1"`,
      ),
    ).toBe(true);
    expect(text).toContain(
      `"method":"OTP","month":11,"organization":{"id":"kg1","nameKk":"Балапан","nameRu":"Балапан"},"portalKeyId":"${key.id}"`,
    );
    expect(text).toContain(
      `"snapshot":${snapshotText},"snapshotSha256":"${source.confirmation.snapshotHash}"`,
    );
    expect(text).toContain(`"signedAt":"2026-12-03T06:00:00.000Z","signedXmlSha256":null`);
    expect(verify(null, json, createPublicKey(key.publicKeyPem), sig)).toBe(true);
    expect(receiptFileName(source)).toBe("receipt-2026-11-conf1.zip");
  });

  it("by EDS: the signed XML is included as signed, and its SHA-256 is in the signed receipt", () => {
    const xml = '<?xml version="1.0"?><timesheet>…</timesheet>';
    const files = receiptFiles(
      {
        ...source,
        confirmation: { ...source.confirmation, method: "EDS", signedXml: xml, certificateSerial: "0A1B" },
      },
      signer,
    );
    expect(files.map((f) => f.name)).toContain("signed.xml");
    expect(files.find((f) => f.name === "signed.xml")!.bytes.toString("utf8")).toBe(xml);
    const receipt = JSON.parse(files[0]!.bytes.toString("utf8"));
    expect(receipt).toMatchObject({
      method: "EDS",
      certificateSerial: "0A1B",
      signedXmlSha256: createHash("sha256").update(xml, "utf8").digest("hex"),
    });
  });

  it("the zip stores each file as is: local header, the bytes, then the directory", () => {
    const zip = storedZip([{ name: "a.txt", bytes: Buffer.from("hi") }], new Date("2026-12-03T06:00:10Z"));
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt16LE(8)).toBe(0); // stored
    expect(zip.readUInt32LE(14)).toBe(0xd8932aac); // CRC-32 of "hi"
    expect(zip.readUInt32LE(18)).toBe(2);
    expect(zip.subarray(30, 35).toString()).toBe("a.txt");
    expect(zip.subarray(35, 37).toString()).toBe("hi");
    expect(zip.readUInt32LE(37)).toBe(0x02014b50);
    expect(zip.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (12 << 5) | 3); // the date
    const end = zip.subarray(zip.length - 22);
    expect(end.readUInt32LE(0)).toBe(0x06054b50);
    expect(end.readUInt16LE(10)).toBe(1);
    expect(end.readUInt32LE(16)).toBe(37); // the directory starts after the one entry
  });
});
