// `npm start`: the demo EMR host page arrives with the elements (issue 5).
console.log('MindBrite CRM SDK: the demo host page arrives with the elements. Nothing to serve yet.');
