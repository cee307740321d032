// Shows a figure's "high end" box only when its qualifier is "range"; without script it is always shown.
(() => {
  for (const fieldset of document.querySelectorAll('fieldset.figure-fields')) {
    const qualifier = fieldset.querySelector('select.figure-qualifier');
    const high = fieldset.querySelector('.figure-high');
    if (!qualifier || !high) continue;
    const update = () => {
      const isRange = qualifier.value === 'Range';
      high.hidden = !isRange;
      if (!isRange) high.querySelector('input').value = '';
    };
    qualifier.addEventListener('change', update);
    update();
  }
})();
