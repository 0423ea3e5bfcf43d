// Analyzer plugin for custom-elements.json. An element's events are the ones its class JSDoc names with
// `@fires`: the analyzer also adds an entry per `dispatchEvent(new X(arg))`, named after X's first
// argument (`errors`, `code`, `expired`) or not named at all, and those go. Each event's type is the event
// class whose `static readonly eventName` is its name. An attribute whose default is a module constant
// (`max = defaultMax`) takes the type and value the analyzer resolved for its property.

/** The event names in the `@fires`/`@event` tags of a class declaration. */
function firesTags(ts, node) {
  const names = new Set();
  for (const tag of ts.getJSDocTags(node)) {
    if (tag.tagName.text !== 'fires' && tag.tagName.text !== 'event') continue;
    const comment = ts.getTextOfJSDocComment(tag.comment) ?? '';
    const name = comment.replace(/^\{[^}]*\}\s*/, '').split(/\s/, 1)[0];
    if (name) names.add(name);
  }
  return names;
}

/** Type and default of `attribute` from its property, where the analyzer resolved them only there. */
function withFieldValues(attribute, declaration) {
  const field = declaration.members?.find((member) => member.kind === 'field' && member.name === attribute.fieldName);
  if (!field) return attribute;
  const unresolved = /^[A-Za-z_$][\w$]*$/.test(attribute.default ?? '') && !['null', 'undefined', 'true', 'false'].includes(attribute.default);
  return {
    ...attribute,
    ...(attribute.type === undefined && field.type ? { type: field.type } : {}),
    ...(unresolved && field.default !== undefined ? { default: field.default } : {}),
  };
}

export function manifestFixes() {
  /** `module path#class name` → the names its `@fires` tags list. */
  const documented = new Map();
  return {
    name: 'manifest-fixes',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) && node.name) documented.set(`${moduleDoc.path}#${node.name.text}`, firesTags(ts, node));
    },
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) =>
        (module.declarations ?? []).map((declaration) => ({ module, declaration })),
      );
      const eventClasses = new Map();
      for (const { declaration } of declarations) {
        const eventName = declaration.members?.find((member) => member.static && member.name === 'eventName');
        const literal = /^(['"])(.+)\1$/.exec(eventName?.default ?? '');
        if (declaration.kind === 'class' && literal) eventClasses.set(literal[2], declaration.name);
      }
      for (const { module, declaration } of declarations) {
        if (declaration.attributes) declaration.attributes = declaration.attributes.map((attribute) => withFieldValues(attribute, declaration));
        if (!declaration.events) continue;
        const names = documented.get(`${module.path}#${declaration.name}`) ?? new Set();
        const kept = new Map();
        for (const event of declaration.events) {
          if (!names.has(event.name) || kept.has(event.name)) continue;
          const type = eventClasses.get(event.name);
          kept.set(event.name, { ...event, ...(type ? { type: { text: type } } : {}) });
        }
        declaration.events = [...kept.values()];
        if (declaration.events.length === 0) delete declaration.events;
      }
    },
  };
}
