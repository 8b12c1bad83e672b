import { plural } from '../plural.js';
import type { CrmMessages } from '../types.js';

const es = plural('es');

/** Spanish: every word of every element. Loaded on demand, by elements whose language is `es` or under it (`es-MX`). */
const messages: CrmMessages = {
  common: {
    loading: 'Cargando…',
    retry: 'Reintentar',
    cancel: 'Cancelar',
    close: 'Cerrar',
    confirm: 'Confirmar',
    save: 'Guardar',
    stillWaiting: 'Aún esperando respuesta del CRM…',
    noClient: 'Este widget no está conectado al CRM. Configure su atributo api-base o colóquelo dentro de un crm-provider.',
    errors: {
      offline: 'No se pudo conectar con el CRM. Revise la conexión a internet e inténtelo de nuevo.',
      timeout: 'El CRM tardó demasiado en responder. Inténtelo de nuevo en un momento.',
      unauthorized: 'Su sesión terminó. Vuelva a iniciar sesión para continuar.',
      forbidden: 'No tiene permiso para hacer esto. Solicite acceso al administrador de su consultorio.',
      notFound: 'Este registro ya no existe. Es posible que otra persona lo haya eliminado.',
      conflict: 'Otra persona modificó este registro mientras usted trabajaba en él.',
      invalid: 'Algunos datos requieren atención antes de poder guardarse.',
      rateLimited: 'El CRM está ocupado. Espere un momento e inténtelo de nuevo.',
      server: 'El CRM tuvo un problema interno. Inténtelo de nuevo en un momento.',
      unreadable:
        'El CRM envió una respuesta que esta página no pudo leer. Inténtelo de nuevo y, si sigue ocurriendo, comuníquese con soporte.',
      unknown: 'Algo salió mal. Inténtelo de nuevo.',
      cancelled: 'Dejó de esperar al CRM. Inténtelo de nuevo cuando lo desee.',
    },
  },

  leadStatuses: {
    new: 'Nuevo',
    contacted: 'Contactado',
    qualified: 'Calificado',
    unqualified: 'No calificado',
    converted: 'Convertido',
    lost: 'Perdido',
  },

  leadSources: {
    website: 'Sitio web',
    phone: 'Teléfono',
    referral: 'Referido',
    walk_in: 'Sin cita',
    social: 'Redes sociales',
    email: 'Correo electrónico',
    other: 'Otro',
  },

  contactStatuses: {
    active: 'Activo',
    inactive: 'Inactivo',
    prospect: 'Prospecto',
  },

  dashboard: {
    label: 'Resumen del CRM',
    cards: {
      totalLeads: 'Total de clientes potenciales',
      totalContacts: 'Contactos',
      totalOpportunities: 'Oportunidades',
      conversionRate: 'Tasa de conversión',
      leadsThisMonth: 'Nuevos clientes potenciales este mes',
      opportunitiesThisMonth: 'Nuevas oportunidades este mes',
      pipelineValue: 'Valor del embudo abierto',
      weightedPipelineValue: 'Valor ponderado del embudo',
    },
    conversionProgress: 'Clientes potenciales convertidos en contactos',
    charts: {
      byStatus: 'Clientes potenciales por estado',
      bySource: 'Clientes potenciales por origen',
      byStage: 'Embudo por etapa',
      status: 'Estado',
      source: 'Origen',
      stage: 'Etapa',
      leads: 'Clientes potenciales',
      opportunities: 'Oportunidades',
      value: 'Valor',
      noData: 'Aún no hay datos.',
      unknownSource: 'Sin especificar',
      summary: (title: string, figures: string) => `${title}, gráfico de barras: ${figures}.`,
      showTables: 'Mostrar las cifras en tablas',
    },
    stages: {
      prospecting: 'Prospección',
      qualification: 'Calificación',
      proposal: 'Propuesta',
      negotiation: 'Negociación',
      closed_won: 'Cerrada ganada',
      closed_lost: 'Cerrada perdida',
    },
    quickActions: {
      label: 'Acciones rápidas',
      'new-lead': 'Nuevo cliente potencial',
      'new-contact': 'Nuevo contacto',
      'new-opportunity': 'Nueva oportunidad',
      'schedule-follow-up': 'Programar seguimiento',
    },
    empty: 'Aún no hay clientes potenciales, contactos ni oportunidades. Comience agregando un cliente potencial.',
    refreshFailed: 'No se pudieron actualizar las cifras.',
  },

  dashboardFollowUps: {
    dueToday: 'Seguimientos para hoy',
    overdue: 'Seguimientos atrasados',
    countFailed: 'No se pudo cargar',
  },

  forecast: {
    label: 'Previsión de ingresos',
    period: (months: string) => `Totales de ${months}`,
    weighted: 'Previsión ponderada',
    bestCase: 'Mejor escenario',
    won: 'Ganado',
    chart: 'Previsión por mes',
    month: 'Mes',
    overdue: 'Atrasadas',
    legend: {
      weighted: 'Ponderado: valor × probabilidad',
      bestCase: 'Mejor escenario: valor abierto',
      won: 'Ganado en el mes',
    },
    summary: (title: string, rows: string) => `${title}, gráfico de barras: ${rows}.`,
    overdueRow: (weighted: string, bestCase: string) => `atrasadas, ${weighted} ponderado de ${bestCase} abierto`,
    monthRow: (month: string, weighted: string, bestCase: string, won: string) =>
      `${month}, ${weighted} ponderado de ${bestCase} abierto, ${won} ganado`,
    showTable: 'Mostrar las cifras en una tabla',
    undated: (count: string, value: string, n: number) =>
      `${count} ${es(n, 'oportunidad abierta no tiene', 'oportunidades abiertas no tienen')} fecha de cierre prevista (${value}) y ${es(n, 'queda', 'quedan')} fuera de la previsión.`,
    // `month` comes from Intl (`noviembre de 2026`).
    later: (count: string, value: string, month: string, n: number) =>
      `${count} ${es(n, 'oportunidad abierta tiene', 'oportunidades abiertas tienen')} el cierre previsto después de ${month} (${value}).`,
    unknownStages: (stages: string, count: string, n: number) =>
      `${count} ${es(n, 'oportunidad', 'oportunidades')} en etapas que esta previsión no conoce (${stages}) se ${es(n, 'cuenta como abierta', 'cuentan como abiertas')}.`,
    empty: 'Aún no hay oportunidades con las que hacer una previsión.',
    refreshFailed: 'No se pudo actualizar la previsión.',
  },

  recordsList: {
    statusFilter: 'Estado',
    sourceFilter: 'Origen',
    columnsButton: 'Columnas',
    columnsLegend: 'Columnas visibles',
    exportCsv: 'Exportar CSV',
    cancelExport: 'Cancelar exportación',
    selectRow: (name: string) => `Seleccionar ${name}`,
    actionsHeader: 'Acciones',
    edit: 'Editar',
    editLabel: (name: string) => `Editar ${name}`,
    moreLabel: (name: string) => `Más acciones para ${name}`,
    pagination: 'Páginas',
    pageSize: 'Filas por página',
    range: (first: string, last: string, total: string) => `${first}–${last} de ${total}`,
    firstPage: 'Primera página',
    previousPage: 'Página anterior',
    nextPage: 'Página siguiente',
    lastPage: 'Última página',
    notShown: (count: string, n: number) =>
      `${count} ${es(n, 'registro', 'registros')} no se ${es(n, 'pudo', 'pudieron')} mostrar.`,
    clearFilters: 'Borrar búsqueda y filtros',
    columns: {
      name: 'Nombre',
      company: 'Empresa',
      position: 'Cargo',
      email: 'Correo',
      phone: 'Teléfono',
      status: 'Estado',
      source: 'Origen',
      created: 'Creado',
      updated: 'Actualizado',
    },
    dismiss: 'Descartar',
  },

  recordsListActions: {
    selectedCount: (count: string, n: number) => `${count} ${es(n, 'seleccionado', 'seleccionados')}`,
    clearSelection: 'Quitar selección',
    bulkStatusPlaceholder: 'Cambiar estado…',
    applyStatus: 'Aplicar',
    deleteSelected: 'Eliminar seleccionados',
    delete: 'Eliminar',
    menuLabel: (name: string) => `Acciones para ${name}`,
    deleted: (name: string) => `Se eliminó ${name}.`,
    failedRow: (name: string, reason: string) => `${name}: ${reason}`,
    notRecorded: 'Sin registrar',
  },

  recordsListExport: {
    csvColumns: {
      id: 'ID',
      firstName: 'Nombre',
      lastName: 'Apellidos',
    },
  },

  leadsList: {
    tableLabel: 'Clientes potenciales',
    searchLabel: 'Buscar clientes potenciales',
    searchPlaceholder: 'Nombre, correo, teléfono o empresa',
    anyStatus: 'Todos los estados',
    anySource: 'Todos los orígenes',
    selectAll: 'Seleccionar todos los clientes potenciales de esta página',
    resultCount: (shown: string, total: string, count: number) =>
      `${shown} de ${total} ${es(count, 'cliente potencial', 'clientes potenciales')}`,
    noneYet: 'Aún no hay clientes potenciales. Los nuevos aparecerán aquí en cuanto se agreguen.',
    noMatches: 'Ningún cliente potencial coincide con su búsqueda y filtros.',
    unnamed: (id: string) => `Cliente potencial ${id}`,
  },

  leadsListActions: {
    convert: 'Convertir en contacto',
    scheduleFollowUp: 'Programar seguimiento',
    bulkStatusLabel: 'Nuevo estado para los clientes potenciales seleccionados',
    confirmDeleteOne: {
      title: (name: string) => `¿Eliminar ${name}?`,
      body: 'El cliente potencial y su historial se eliminarán para todos los usuarios. Esta acción no se puede deshacer.',
      action: 'Eliminar cliente potencial',
    },
    confirmDeleteMany: {
      title: (count: string, n: number) => `¿Eliminar ${count} ${es(n, 'cliente potencial', 'clientes potenciales')}?`,
      body: 'Los clientes potenciales seleccionados y su historial se eliminarán para todos los usuarios. Esta acción no se puede deshacer.',
      action: 'Eliminar clientes potenciales',
    },
    confirmConvert: {
      title: (name: string) => `¿Convertir a ${name} en contacto?`,
      body: 'Se creará un contacto a partir de este cliente potencial, que quedará marcado como convertido.',
      action: 'Convertir en contacto',
    },
    confirmStatus: {
      title: (count: string, status: string, n: number) =>
        `¿Cambiar el estado de ${count} ${es(n, 'cliente potencial', 'clientes potenciales')} a “${status}”?`,
      body: 'El estado de cada cliente potencial seleccionado cambiará para todos los usuarios.',
      action: 'Cambiar estado',
    },
    converted: (name: string) => `${name} ahora es un contacto.`,
    createOpportunity: 'Crear una oportunidad para este contacto',
    bulkDeleted: (count: string, n: number) =>
      `${count} ${es(n, 'cliente potencial eliminado', 'clientes potenciales eliminados')}.`,
    bulkUpdated: (count: string, n: number) =>
      `${count} ${es(n, 'cliente potencial actualizado', 'clientes potenciales actualizados')}.`,
    // `n` is the number that failed (English: “It is” / “They are” still selected), so the noun goes with `failed`.
    bulkPartial: (failed: string, total: string, n: number) =>
      `No se ${es(n, 'pudo', 'pudieron')} cambiar ${failed} ${es(n, 'cliente potencial', 'clientes potenciales')} de ${total}. ${es(n, 'Sigue seleccionado', 'Siguen seleccionados')}:`,
  },

  leadsListExport: {
    exportProgress: (done: string, total: string, n: number) =>
      `Exportando ${done} de ${total} ${es(n, 'cliente potencial', 'clientes potenciales')}…`,
    exportDone: (count: string, n: number) =>
      `Se ${es(n, 'exportó', 'exportaron')} ${count} ${es(n, 'cliente potencial', 'clientes potenciales')}.`,
    exportCancelled: 'Exportación cancelada.',
    exportFileName: (date: string) => `clientes-potenciales-${date}.csv`,
  },

  contactsList: {
    tableLabel: 'Contactos',
    searchLabel: 'Buscar contactos',
    searchPlaceholder: 'Nombre, correo, teléfono o empresa',
    anyStatus: 'Todos los estados',
    anySource: 'Todos los orígenes',
    selectAll: 'Seleccionar todos los contactos de esta página',
    resultCount: (shown: string, total: string, count: number) => `${shown} de ${total} ${es(count, 'contacto', 'contactos')}`,
    noneYet: 'Aún no hay contactos. Aparecerán aquí cuando se agreguen o se convierta un cliente potencial.',
    noMatches: 'Ningún contacto coincide con su búsqueda y filtros.',
    unnamed: (id: string) => `Contacto ${id}`,
  },

  contactsListActions: {
    scheduleFollowUp: 'Programar seguimiento',
    bulkStatusLabel: 'Nuevo estado para los contactos seleccionados',
    confirmDeleteOne: {
      title: (name: string) => `¿Eliminar ${name}?`,
      body: 'El contacto y su historial se eliminarán para todos los usuarios. Esta acción no se puede deshacer.',
      action: 'Eliminar contacto',
    },
    confirmDeleteMany: {
      title: (count: string, n: number) => `¿Eliminar ${count} ${es(n, 'contacto', 'contactos')}?`,
      body: 'Los contactos seleccionados y su historial se eliminarán para todos los usuarios. Esta acción no se puede deshacer.',
      action: 'Eliminar contactos',
    },
    confirmStatus: {
      title: (count: string, status: string, n: number) =>
        `¿Cambiar el estado de ${count} ${es(n, 'contacto', 'contactos')} a “${status}”?`,
      body: 'El estado de cada contacto seleccionado cambiará para todos los usuarios.',
      action: 'Cambiar estado',
    },
    bulkDeleted: (count: string, n: number) => `${count} ${es(n, 'contacto eliminado', 'contactos eliminados')}.`,
    bulkUpdated: (count: string, n: number) => `${count} ${es(n, 'contacto actualizado', 'contactos actualizados')}.`,
    // `n` is the number that failed (English: “It is” / “They are” still selected), so the noun goes with `failed`.
    bulkPartial: (failed: string, total: string, n: number) =>
      `No se ${es(n, 'pudo', 'pudieron')} cambiar ${failed} ${es(n, 'contacto', 'contactos')} de ${total}. ${es(n, 'Sigue seleccionado', 'Siguen seleccionados')}:`,
  },

  contactsListExport: {
    exportProgress: (done: string, total: string, n: number) => `Exportando ${done} de ${total} ${es(n, 'contacto', 'contactos')}…`,
    exportDone: (count: string, n: number) => `Se ${es(n, 'exportó', 'exportaron')} ${count} ${es(n, 'contacto', 'contactos')}.`,
    exportCancelled: 'Exportación cancelada.',
    exportFileName: (date: string) => `contactos-${date}.csv`,
  },

  recordForm: {
    requiredNote: 'Los campos marcados con * son obligatorios.',
    fields: {
      first_name: 'Nombre',
      last_name: 'Apellidos',
      email: 'Correo electrónico',
      phone: 'Teléfono',
      company: 'Empresa',
      position: 'Cargo',
      status: 'Estado',
      source: 'Origen',
      notes: 'Notas',
    },
    noValue: 'Sin especificar',
    save: 'Guardar cambios',
    saving: 'Guardando…',
    updated: 'Se guardaron los cambios.',
    nothingToSave: 'No hay cambios que guardar.',
  },

  recordDialog: {
    confirmTitle: '¿Descartar los cambios sin guardar?',
    keepEditing: 'Seguir editando',
    discard: 'Descartar cambios',
  },

  recordFormNotes: {
    fieldError: (field: string, message: string) => `${field}: ${message}`,
    // Field labels are quoted, not lower-cased: the label stays as the form shows it, and no article has to agree with it.
    serverChecks: {
      taken: (field: string) => `Otro registro ya usa este valor de “${field}”.`,
      required: (field: string) => `El campo “${field}” es obligatorio.`,
      invalid: (field: string) => `El valor de “${field}” no es válido.`,
    },
    keep: 'Conservar mis cambios',
    discarded: (fields: string) => `Se descartaron sus cambios en ${fields}; vuelva a ingresarlos si aún los necesita.`,
    nothingDiscarded: 'No se perdió ninguno de sus cambios.',
    duplicate: {
      lead: (field: string) => `Ya existe un cliente potencial con el mismo valor de “${field}”:`,
      contact: (field: string) => `Ya existe un contacto con el mismo valor de “${field}”:`,
      open: (name: string) => `Abrir ${name}`,
    },
  },

  fieldChecks: {
    required: (field: string) => `${field}: campo obligatorio`,
    tooLong: (field: string, max: string) => `${field}: como máximo ${max} caracteres`,
    email: 'Escriba un correo electrónico válido',
    phone: 'Escriba un número de teléfono válido',
    phoneDigits: 'Un número de teléfono tiene de 7 a 15 dígitos',
  },
  leadForm: {
    formLabel: { create: 'Nuevo cliente potencial', edit: 'Editar cliente potencial' },
    create: 'Crear cliente potencial',
    created: 'Se creó el cliente potencial.',
    invalid: (count: number) =>
      `${es(count, 'Un campo requiere', `${count} campos requieren`)} atención antes de poder guardar el cliente potencial.`,
    mayBeSaved:
      'Es posible que el cliente potencial se haya guardado: el CRM no lo confirmó. Presione “Crear cliente potencial” de nuevo sin cambiar nada, para que el CRM reconozca que es el mismo cliente potencial.',
  },

  leadDialog: {
    confirmText: 'Los cambios que hizo en este cliente potencial no se han guardado y se perderán.',
  },

  leadFormNotes: {
    conflict: {
      title: 'Otra persona modificó este cliente potencial mientras usted lo editaba.',
      explain:
        'Recargue para ver la versión de esa persona. Al recargar, lo que escribió se reemplaza por el cliente potencial guardado, y el formulario indica cuáles de sus cambios se descartaron para que pueda volver a ingresarlos. Si prefiere conservar su versión, elija “Conservar mis cambios” y guarde de nuevo.',
      reload: 'Recargar el cliente potencial',
      reloaded: 'Se recargó el cliente potencial.',
    },
    saveAnyway: 'Aún puede guardar este cliente potencial si se trata de otra persona.',
  },

  contactForm: {
    formLabel: { create: 'Nuevo contacto', edit: 'Editar contacto' },
    create: 'Crear contacto',
    created: 'Se creó el contacto.',
    invalid: (count: number) =>
      `${es(count, 'Un campo requiere', `${count} campos requieren`)} atención antes de poder guardar el contacto.`,
    mayBeSaved:
      'Es posible que el contacto se haya guardado: el CRM no lo confirmó. Presione “Crear contacto” de nuevo sin cambiar nada, para que el CRM reconozca que es el mismo contacto.',
  },

  contactFormNotes: {
    conflict: {
      title: 'Otra persona modificó este contacto mientras usted lo editaba.',
      explain:
        'Recargue para ver la versión de esa persona. Al recargar, lo que escribió se reemplaza por el contacto guardado, y el formulario indica cuáles de sus cambios se descartaron para que pueda volver a ingresarlos. Si prefiere conservar su versión, elija “Conservar mis cambios” y guarde de nuevo.',
      reload: 'Recargar el contacto',
      reloaded: 'Se recargó el contacto.',
    },
    saveAnyway: 'Aún puede guardar este contacto si se trata de otra persona.',
  },

  opportunityStages: {
    prospecting: 'Prospección',
    qualification: 'Calificación',
    proposal: 'Propuesta',
    negotiation: 'Negociación',
    closed_won: 'Cerrada ganada',
    closed_lost: 'Cerrada perdida',
  },

  opportunityForm: {
    formLabel: { create: 'Nueva oportunidad', edit: 'Editar oportunidad' },
    create: 'Crear oportunidad',
    created: 'Se creó la oportunidad.',
    invalid: (count: number) => `${es(count, 'Un campo requiere', `${count} campos requieren`)} atención antes de poder guardar la oportunidad.`,
    mayBeSaved:
      'Es posible que la oportunidad se haya guardado: el CRM no lo confirmó. Presione “Crear oportunidad” de nuevo sin cambiar nada, para que el CRM reconozca que es la misma oportunidad.',
    fields: {
      title: 'Título',
      contact_id: 'Contacto',
      value: 'Valor',
      stage: 'Etapa',
      probability: 'Probabilidad (%)',
      expected_close_date: 'Fecha de cierre prevista',
      description: 'Descripción',
    },
    checks: {
      contact_id: 'Elija un contacto de la lista.',
      value: 'Escriba el valor como un número igual o mayor que 0.',
      probability: 'Escriba una probabilidad de 0 a 100.',
      expected_close_date: 'Indique la fecha en que se prevé cerrar la oportunidad.',
    },
    probabilityHint: 'Se toma de la etapa hasta que usted la cambie.',
  },

  opportunityDialog: {
    confirmText: 'Los cambios que hizo en esta oportunidad no se han guardado y se perderán.',
  },

  opportunityFormNotes: {
    conflict: {
      title: 'Otra persona modificó esta oportunidad mientras usted la editaba.',
      explain:
        'Recargue para ver la versión de esa persona. Al recargar, lo que escribió se reemplaza por la oportunidad guardada, y el formulario indica cuáles de sus cambios se descartaron para que pueda volver a ingresarlos. Si prefiere conservar su versión, elija “Conservar mis cambios” y guarde de nuevo.',
      reload: 'Recargar la oportunidad',
      reloaded: 'Se recargó la oportunidad.',
    },
    saveAnyway: 'Aún puede guardar esta oportunidad.',
  },

  opportunityFormPicker: {
    searching: 'Buscando contactos…',
    found: (count: string, n: number) =>
      `${count} ${es(n, 'contacto encontrado', 'contactos encontrados')}. Use las flechas arriba y abajo para elegir.`,
    more: 'Escriba más del nombre para ver otros contactos.',
    noMatches: 'Ningún contacto coincide. Revise la ortografía o pruebe con otro nombre.',
    failed: 'No se pudieron buscar los contactos.',
    unnamed: (id: string) => `Contacto ${id}`,
  },

  followUpForm: {
    formLabel: { create: 'Programar un seguimiento', edit: 'Editar seguimiento' },
    create: 'Programar seguimiento',
    created: 'Se programó el seguimiento.',
    invalid: (count: number) => `${es(count, 'Un campo requiere', `${count} campos requieren`)} atención antes de poder guardar el seguimiento.`,
    mayBeSaved:
      'Es posible que el seguimiento se haya programado: el CRM no lo confirmó. Presione “Programar seguimiento” de nuevo sin cambiar nada, para que el CRM reconozca que es el mismo seguimiento.',
    fields: {
      type: 'Tipo',
      subject: 'Asunto',
      scheduled_date: 'Fecha y hora',
      contact_id: 'Contacto',
      description: 'Descripción',
    },
    checks: {
      contact_id: 'Elija un contacto de la lista.',
      scheduled_date: 'Indique la fecha y la hora del seguimiento.',
    },
    quickChoices: 'Opciones rápidas',
    tomorrowAt: (time: string) => `Mañana a las ${time}`,
    inAWeek: 'Dentro de una semana',
  },

  followUpTypes: { call: 'Llamada', email: 'Correo electrónico', meeting: 'Reunión', note: 'Nota' },

  followUpFormNotes: {
    conflict: {
      title: 'Otra persona modificó este seguimiento mientras usted lo editaba.',
      explain:
        'Recargue para ver la versión de esa persona. Al recargar, lo que escribió se reemplaza por el seguimiento guardado, y el formulario indica cuáles de sus cambios se descartaron para que pueda volver a ingresarlos. Si prefiere conservar su versión, elija “Conservar mis cambios” y guarde de nuevo.',
      reload: 'Recargar el seguimiento',
      reloaded: 'Se recargó el seguimiento.',
    },
    saveAnyway: 'Aún puede guardar este seguimiento.',
  },

  followUpDialog: {
    confirmText: 'Los cambios que hizo en este seguimiento no se han guardado y se perderán.',
  },

  contactDialog: {
    confirmText: 'Los cambios que hizo en este contacto no se han guardado y se perderán.',
    history: 'Historial',
    opportunities: 'Oportunidades',
    followUps: 'Seguimientos pendientes',
    activity: 'Actividad',
    noOpportunities: 'Este contacto aún no tiene oportunidades.',
    noFollowUps: 'Este contacto no tiene seguimientos pendientes.',
    // The list may hold opportunities (feminine) or follow-ups (masculine): no “primeros/primeras” to agree.
    shownOf: (shown: string, total: string) => `Se muestran solo ${shown} de ${total}.`,
    // `when` comes from Intl.RelativeTimeFormat (`mañana`, `dentro de 3 días`, `hace 2 días`): words that read in any tense.
    due: (when: string) => `previsto ${when}`,
    stages: {
      prospecting: 'Prospección',
      qualification: 'Calificación',
      proposal: 'Propuesta',
      negotiation: 'Negociación',
      closed_won: 'Ganada',
      closed_lost: 'Perdida',
    },
  },

  pipeline: {
    label: 'Embudo de oportunidades',
    searchLabel: 'Buscar oportunidades',
    searchPlaceholder: 'Título o nombre del contacto',
    closeFrom: 'Cierre desde',
    closeTo: 'Cierre hasta',
    clearFilters: 'Borrar la búsqueda y las fechas',
    count: (count: string, n: number) => `${count} ${es(n, 'oportunidad', 'oportunidades')}`,
    total: 'Total',
    weighted: 'Ponderado',
    showMore: (count: string) => `Mostrar ${count} más`,
    value: 'Valor',
    probability: 'Probabilidad',
    closes: (date: string) => `Cierre previsto: ${date}`,
    noCloseDate: 'Sin fecha de cierre',
    overdue: 'Vencida',
    stale: (days: string, n: number) => `Sin cambios en ${days} ${es(n, 'día', 'días')}`,
    move: 'Mover',
    moveLabel: (title: string) => `Mover ${title}`,
    moveMenuLabel: (title: string) => `Mover ${title} a`,
    moveKeys: 'Mayús con la flecha izquierda o derecha la mueve a la etapa anterior o siguiente.',
    moved: (title: string, stage: string) => `${title} se movió a ${stage}.`,
    moveFailed: (title: string, stage: string) => `No se pudo mover ${title}; vuelve a estar en ${stage}.`,
    loading: (loaded: string, total: string) => `Cargando oportunidades: ${loaded} de ${total}`,
    empty: 'Todavía no hay oportunidades.',
    noMatches: 'Ninguna oportunidad coincide con la búsqueda o las fechas.',
    refreshFailed: 'No se pudo actualizar el tablero.',
  },
  followUps: {
    label: 'Seguimientos',
    schedule: 'Programar seguimiento',
    groups: { overdue: 'Vencidos', today: 'Hoy', week: 'Próximos 7 días', later: 'Más adelante', completed: 'Completados' },
    typeFilter: 'Tipo',
    allTypes: 'Todos los tipos',
    contactFilter: 'Contacto',
    contactPlaceholder: 'Nombre',
    clearFilters: 'Borrar los filtros',
    overdue: (duration: string) => `Vencido hace ${duration}`,
    due: (when: string) => `vence ${when}`,
    done: (when: string) => `Hecho: ${when}`,
    outcome: 'Resultado',
    details: 'Detalles',
    complete: 'Completar',
    snooze: 'Posponer',
    reopen: 'Reabrir',
    delete: 'Eliminar',
    dueIn: (when: string) => `Vence ${when}`,
    dueNow: 'Vence ahora',
    dismiss: 'Descartar',
    turnOnNotifications: 'Activar notificaciones',
    empty: 'No hay seguimientos.',
    emptyForContact: 'No hay seguimientos para este contacto.',
    noMatches: 'Ningún seguimiento coincide con los filtros.',
    capped: (shown: string, total: string) => `Se muestran los primeros ${shown} de ${total} seguimientos abiertos.`,
    refreshFailed: 'No se pudieron actualizar los seguimientos.',
  },

  followUpsActions: {
    outcomeLabel: 'Resultado (opcional)',
    markComplete: 'Marcar como completado',
    outcomeWord: 'Resultado',
    completed: (subject: string) => `Completado: ${subject}.`,
    undo: 'Deshacer',
    reopened: (subject: string) => `${subject} vuelve a estar abierto.`,
    snoozeMenu: (subject: string) => `Posponer ${subject}`,
    inAnHour: 'Dentro de 1 hora',
    tomorrow: 'Mañana a la misma hora',
    pickDate: 'Elegir una fecha…',
    newTime: 'Nueva fecha y hora',
    snoozed: (subject: string, when: string) => `${subject} se pasó a ${when}.`,
    deleteTitle: (subject: string) => `¿Eliminar ${subject}?`,
    deleteBody: 'El seguimiento se eliminará del CRM. Esto no se puede deshacer.',
    deleteAction: 'Eliminar seguimiento',
    deleted: (subject: string) => `${subject} se eliminó.`,
    completeFailed: (subject: string) => `No se pudo completar ${subject}.`,
    updateFailed: (subject: string) => `No se pudo cambiar ${subject}.`,
    deleteFailed: (subject: string) => `No se pudo eliminar ${subject}.`,
  },

  activityTimeline: {
    label: 'Actividad',
    noContact: 'Elija un contacto para ver lo que se ha hecho con él.',
    empty: 'Aún no hay nada registrado.',
    refreshFailed: 'No se pudo actualizar la actividad.',
    outcomeIs: (outcome: string) => `Resultado: ${outcome}`,
    showMore: 'Mostrar más',
    undated: 'Sin fecha',
  },

  activityTimelineLog: {
    label: 'Registrar una llamada o añadir una nota',
    kind: 'Qué registrar',
    call: 'Llamada',
    note: 'Nota',
    fields: { subject: 'Resumen', outcome: 'Resultado', description: 'Detalles' },
    optional: (label: string) => `${label} (opcional)`,
    logCall: 'Registrar llamada',
    addNote: 'Añadir nota',
    subjectRequired: 'Escriba un resumen.',
    callLogged: 'Se registró la llamada.',
    noteAdded: 'Se añadió la nota.',
  },
};
export default messages;
