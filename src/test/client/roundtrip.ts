// Drives a running registry with the TypeScript client generated from the committed contract
// (target/ts-client, see the ts-client Maven profile) and checks every response against that contract:
// its status is documented for the operation, and its body has the documented shape. Every name is invented.
//
//   REGISTRY_URL=http://127.0.0.1:18290 REGISTRY_ADMIN_TOKEN=... node target/ts-roundtrip/src/test/client/roundtrip.js
//
// Exits 0 when everything matched, 1 on the first mismatch (with what was expected and what came).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
    CasesApi, ChargesApi, Configuration, PersonsApi, ResponseError, SentencesApi,
    type Middleware, type ResponseContext,
} from '../../../target/ts-client';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const baseUrl = required('REGISTRY_URL');
const token = required('REGISTRY_ADMIN_TOKEN');
const contract = JSON.parse(readFileSync(resolve(__dirname, '../../../../../openapi/openapi.json'), 'utf8')) as JsonObject;

function required(name: string): string {
    const value = process.env[name];
    if (!value) {
        throw new Error(`${name} is not set`);
    }
    return value;
}

class Mismatch extends Error {}

function expect(condition: boolean, what: string): asserts condition {
    if (!condition) {
        throw new Mismatch(what);
    }
}

// ---- every response is checked against the contract, whatever the call -------------------------------------------

let checked = 0;

/** The path template of the contract that a concrete path matches (`/api/v1/persons/{id}`). */
function template(path: string): string {
    const paths = Object.keys(contract.paths as JsonObject);
    const found = paths.find(candidate => new RegExp('^' + candidate.replace(/\{[^}]+\}/g, '[^/]+') + '$').test(path));
    expect(found !== undefined, `no path of the contract matches ${path}`);
    return found;
}

function deref(schema: JsonObject): JsonObject {
    let current = schema;
    while (typeof current.$ref === 'string') {
        const target = (current.$ref as string).substring(2).split('/')
            .reduce<Json>((node, part) => (node as JsonObject)[part], contract);
        current = { ...(target as JsonObject), ...Object.fromEntries(Object.entries(current).filter(([k]) => k !== '$ref')) };
    }
    return current;
}

function typeOf(value: Json): string {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}

/** Checks a JSON value against a schema of the contract: types, required and undeclared properties, enums, formats. */
function conform(value: Json, raw: JsonObject, at: string): void {
    const schema = deref(raw);
    if (Array.isArray(schema.anyOf)) {
        const errors: string[] = [];
        for (const option of schema.anyOf as JsonObject[]) {
            try {
                conform(value, option, at);
                break;
            } catch (e) {
                errors.push((e as Error).message);
            }
        }
        expect(errors.length < (schema.anyOf as Json[]).length, `${at}: matches none of anyOf: ${errors.join('; ')}`);
    }
    const actual = typeOf(value);
    if (schema.type !== undefined) {
        const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
        expect(types.includes(actual) || (actual === 'integer' && types.includes('number')),
            `${at}: expected ${types.join(' or ')}, got ${JSON.stringify(value)}`);
    }
    if (Array.isArray(schema.enum) && value !== null) {
        expect((schema.enum as Json[]).includes(value), `${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
    }
    if (typeof value === 'string' && schema.format === 'uuid') {
        expect(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value), `${at}: not a UUID: ${value}`);
    }
    if (typeof value === 'string' && schema.format === 'date-time') {
        expect(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value), `${at}: not an RFC 3339 UTC timestamp: ${value}`);
    }
    if (actual === 'array' && schema.items !== undefined) {
        (value as Json[]).forEach((item, i) => conform(item, schema.items as JsonObject, `${at}[${i}]`));
    }
    if (actual === 'object' && schema.properties !== undefined) {
        const object = value as JsonObject;
        const properties = schema.properties as JsonObject;
        for (const name of (schema.required ?? []) as string[]) {
            expect(name in object, `${at}: required property ${name} is missing`);
        }
        for (const [name, property] of Object.entries(object)) {
            expect(name in properties || schema.additionalProperties === true,
                `${at}: property ${name} is not in the contract`);
            if (name in properties) {
                conform(property, properties[name] as JsonObject, `${at}.${name}`);
            }
        }
    }
}

async function checkAgainstContract(context: ResponseContext): Promise<void> {
    const url = new URL(context.url);
    const method = (context.init.method ?? 'GET').toLowerCase();
    const path = template(url.pathname);
    const operation = (contract.paths as JsonObject)[path] as JsonObject;
    const documented = ((operation[method] as JsonObject).responses) as JsonObject;
    const status = String(context.response.status);
    const where = `${method.toUpperCase()} ${url.pathname}${url.search} → ${status}`;
    expect(status in documented, `${where}: status not documented (documented: ${Object.keys(documented).join(', ')})`);
    const response = deref(documented[status] as JsonObject);
    for (const header of Object.keys((response.headers ?? {}) as JsonObject)) {
        if (header === 'Link' && status === '200') {
            continue; // only when there is a next page; checked where paging is
        }
        if (header === 'Idempotent-Replayed' || header === 'Retry-After') {
            continue; // only on a replay, only on an outage
        }
        expect(context.response.headers.has(header), `${where}: documented header ${header} is missing`);
    }
    const content = response.content as JsonObject | undefined;
    if (content === undefined) {
        expect((await context.response.clone().text()) === '', `${where}: a body where the contract documents none`);
        checked++;
        return;
    }
    const mediaType = (context.response.headers.get('Content-Type') ?? '').split(';')[0].trim();
    expect(mediaType in content, `${where}: Content-Type ${mediaType} is not one of ${Object.keys(content).join(', ')}`);
    const body = (await context.response.clone().json()) as Json;
    conform(body, (content[mediaType] as JsonObject).schema as JsonObject, `${where} body`);
    checked++;
}

const contractCheck: Middleware = {
    post: async context => {
        await checkAgainstContract(context);
        return context.response;
    },
};

const configuration = new Configuration({ basePath: baseUrl, accessToken: token, middleware: [contractCheck] });
const persons = new PersonsApi(configuration);
const cases = new CasesApi(configuration);
const charges = new ChargesApi(configuration);
const sentences = new SentencesApi(configuration);

/** The problem a call answered with, or a mismatch when it succeeded. */
async function problemOf(call: () => Promise<unknown>): Promise<{ status: number; body: JsonObject }> {
    try {
        await call();
    } catch (e) {
        if (e instanceof ResponseError) {
            return { status: e.response.status, body: (await e.response.json()) as JsonObject };
        }
        throw e;
    }
    throw new Mismatch('the call succeeded where an error was expected');
}

/** Follows nextCursor with limit=1 and returns the ids of every page, checking the Link header of each. */
async function pageThrough<T extends { id: string }>(
    what: string,
    list: (cursor: string | undefined) => Promise<{ raw: Response; value(): Promise<{ items: T[]; total: number; nextCursor?: string | null }> }>,
): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
        const response = await list(cursor);
        const body = await response.value();
        expect(body.items.length === 1, `${what}: page ${page + 1} has ${body.items.length} items, expected 1`);
        ids.push(body.items[0].id);
        const link = response.raw.headers.get('Link');
        if (!body.nextCursor) {
            expect(link === null, `${what}: a Link header on the last page`);
            expect(body.total === ids.length, `${what}: total ${body.total}, but ${ids.length} pages`);
            return ids;
        }
        expect(link !== null && link.includes('rel="next"') && link.includes(encodeURIComponent(body.nextCursor)),
            `${what}: page ${page + 1} has a nextCursor but its Link header is ${link}`);
        cursor = body.nextCursor;
    }
    throw new Mismatch(`${what}: more than 10 pages`);
}

async function main(): Promise<void> {
    const run = Date.now().toString(36);

    const aigerim = await persons.createPerson({
        personInput: {
            fullName: 'Aigerim Zhaksylykova',
            names: [{ name: 'Айгерім Жақсылықова', lang: 'kk', script: 'Cyrl', kind: 'NATIVE' }],
            gender: 'FEMALE', birthDate: '1988', citizenships: ['KZ'], roles: new Set(['BLOGGER'] as const),
            status: 'PRE_TRIAL_DETENTION', statusSince: '2021-03',
        },
        idempotencyKey: `roundtrip-${run}-person-1`,
        xChangeReason: 'client round trip',
    });
    expect(aigerim.fullName === 'Aigerim Zhaksylykova' && aigerim.version >= 0 && aigerim.roles.has('BLOGGER'),
        `created person: ${JSON.stringify(aigerim)}`);
    const timur = await persons.createPerson({
        personInput: { fullName: 'Timur Abenov', gender: 'MALE', citizenships: ['KZ'], roles: new Set(['ACTIVIST'] as const) },
    });

    const courtCase = await cases.createCase({
        caseInput: {
            title: 'Prosecution of Aigerim Zhaksylykova and Timur Abenov for social media posts', country: 'KZ',
            kind: 'CRIMINAL', stage: 'TRIAL', themes: new Set(['EXPRESSION'] as const), openedOn: '2021-03',
            caseNumbers: [{ number: `1-456/2021-${run}`, kind: 'FIRST_INSTANCE', authority: 'Almaty City Court' }],
        },
    });
    expect(courtCase.country === 'KZ' && courtCase.parties.length === 0, `created case: ${JSON.stringify(courtCase)}`);

    const party = await cases.addParty({
        caseId: courtCase.id, partyInput: { personId: aigerim.id, role: 'DEFENDANT', since: '2021-03-15' },
    });
    expect(party.personId === aigerim.id && party.role === 'DEFENDANT', `created party: ${JSON.stringify(party)}`);
    await cases.addParty({ caseId: courtCase.id, partyInput: { personId: timur.id, role: 'ACCUSED', since: '2021-04' } });

    const charge = await charges.createCharge({
        chargeInput: {
            caseId: courtCase.id, personId: aigerim.id, law: 'KZ-CC-2014', article: '174(1)',
            articleText: 'ч.1 ст.174 УК РК', status: 'CONVICTED', penaltyRiskedMonths: { min: 24, max: 84 },
        },
    });
    expect(charge.article === '174(1)' && charge.caseId === courtCase.id, `created charge: ${JSON.stringify(charge)}`);
    await charges.createCharge({
        chargeInput: { caseId: courtCase.id, personId: timur.id, law: 'KZ-CC-2014', article: '405(2)', status: 'INDICTED' },
    });

    const sentence = await sentences.createSentence({
        sentenceInput: {
            caseId: courtCase.id, personId: aigerim.id, chargeIds: [charge.id], court: 'Almaty City Court',
            instance: 'FIRST_INSTANCE', decidedOn: '2021-09-14', verdict: 'GUILTY', status: 'IN_FORCE', startsOn: '2021-03-15',
            components: [{ type: 'IMPRISONMENT', termMonths: 48, regime: 'MEDIUM' }],
        },
    });
    expect(sentence.components.length === 1 && sentence.components[0].termMonths === 48 && sentence.expectedEndOn === '2025-03-15',
        `created sentence: ${JSON.stringify(sentence)}`);

    // lists, one record per page, following nextCursor
    const personIds = await pageThrough('persons of the case', cursor =>
        persons.listPersonsRaw({ caseId: [courtCase.id], limit: 1, cursor }));
    expect(JSON.stringify([...personIds].sort()) === JSON.stringify([aigerim.id, timur.id].sort()),
        `persons of the case: ${personIds}`);
    const partyIds = await pageThrough('parties', cursor =>
        cases.listPartiesRaw({ caseId: courtCase.id, limit: 1, cursor })
            .then(r => ({ raw: r.raw, value: async () => { const v = await r.value(); return { ...v, items: v.items.map(p => ({ id: p.personId })) }; } })));
    expect(partyIds.length === 2, `parties: ${partyIds}`);
    const chargeIds = await pageThrough('charges of the case', cursor =>
        charges.listChargesRaw({ caseId: [courtCase.id], limit: 1, cursor, sort: 'article' }));
    expect(chargeIds.length === 2 && chargeIds[0] === charge.id, `charges by article: ${chargeIds}`);
    const sentenceIds = await pageThrough('sentences of the case', cursor =>
        sentences.listSentencesRaw({ caseId: [courtCase.id], limit: 1, cursor }));
    expect(sentenceIds.length === 1 && sentenceIds[0] === sentence.id, `sentences: ${sentenceIds}`);

    // a conditional write: the current ETag is accepted, a stale one is a 412 and changes nothing
    const read = await persons.getPersonRaw({ id: aigerim.id });
    const etag = read.raw.headers.get('ETag');
    expect(etag === `"${aigerim.version}"`, `ETag ${etag} for version ${aigerim.version}`);
    const patched = await persons.patchPerson({
        id: aigerim.id, ifMatch: etag, requestBody: { status: 'IMPRISONED', statusSince: '2021-09-14' },
        xChangeReason: 'verdict of 14 September 2021',
    });
    expect(patched.version === aigerim.version + 1 && patched.status === 'IMPRISONED', `patched person: ${JSON.stringify(patched)}`);
    const stale = await problemOf(() => persons.replacePerson({
        id: aigerim.id, ifMatch: etag, personInput: { fullName: 'Aigerim Zhaksylykova', status: 'RELEASED' },
    }));
    expect(stale.status === 412 && stale.body.type === '/problems/precondition-failed' && stale.body.status === 412,
        `stale If-Match: ${JSON.stringify(stale)}`);
    const after = await persons.getPerson({ id: aigerim.id });
    expect(after.version === patched.version && after.status === 'IMPRISONED', `after the 412: ${JSON.stringify(after)}`);

    // a malformed request: a 400 naming the field, and a bad query parameter
    const invalid = await problemOf(() => persons.createPerson({ personInput: { fullName: 'Timur Abenov', birthDate: '1990-13-45' } }));
    const errors = invalid.body.errors as JsonObject[] | undefined;
    expect(invalid.status === 400 && invalid.body.type === '/problems/validation' && errors !== undefined
        && errors.some(error => error.field === 'birthDate'), `invalid birthDate: ${JSON.stringify(invalid)}`);
    const badLimit = await problemOf(() => persons.listPersons({ limit: 0 }));
    expect(badLimit.status === 400 && badLimit.body.type === '/problems/validation', `limit=0: ${JSON.stringify(badLimit)}`);

    console.log(`client round trip: ${checked} responses checked against the contract; `
        + 'created 2 persons, 1 case, 2 parties, 2 charges, 1 sentence; paged 2+2+2+1 pages; 412 and 400 as documented');
}

main().catch(error => {
    console.error(error instanceof Mismatch ? `MISMATCH: ${error.message}` : error);
    process.exit(1);
});
